import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{b as o}from"./chunk-GNDPFOTA.js";import{c as i}from"./chunk-MWZ3UTEI.js";function p(n){for(let[e,t]of Object.entries(n))o(e,t)}async function l(n){let e=process.env.GITHUB_STEP_SUMMARY;return e?(await i(e,n.endsWith(`
`)?n:`${n}
`,"utf8"),!0):!1}function s(n){return n===void 0||n===""?"":String(n).replace(/[\\`[\]|]/g,"\\$&").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\r?\n/g," ")}function f(n){let e=Math.max(0,...[...n.matchAll(/`+/g)].map(c=>c[0].length)),t="`".repeat(e+1),r=e>0||n.startsWith(" ")?" ":"";return`${t}${r}${n.replace(/\r?\n/g," ")}${r}${t}`}function m(n){let e=Math.max(0,...[...n.matchAll(/`{3,}|~{3,}/g)].map(r=>r[0].length)),t="`".repeat(Math.max(3,e+1));return`${t}
${n.trim()}
${t}`}function $(n,e){return`${[`| ${n.map(s).join(" | ")} |`,`| ${n.map(()=>"---").join(" | ")} |`,...e.map(r=>`| ${r.map(s).join(" | ")} |`)].join(`
`)}
`}export{p as a,l as b,s as c,f as d,m as e,$ as f};
