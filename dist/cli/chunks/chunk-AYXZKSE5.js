const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
async function n(t){let{createGitHubClient:i}=await import("./github-DIOWN4HN.js");return i(t)}export{n as a};
