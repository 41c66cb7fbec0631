import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
async function n(t){let{createGitHubClient:i}=await import("./github-CHS4EDRD.js");return i(t)}export{n as a};
