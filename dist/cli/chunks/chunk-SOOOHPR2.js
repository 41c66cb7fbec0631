const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{b as o}from"./chunk-63TP2XZN.js";import{b as i,r as a}from"./chunk-Y5LDVANQ.js";function u(n){for(let[e,t]of Object.entries(n))o(e,t)}a();async function f(n){let e=process.env.GITHUB_STEP_SUMMARY;return e?(i(e,n.endsWith(`
`)?n:`${n}
`,"utf8"),!0):!1}function s(n){return n===void 0||n===""?"":String(n).replace(/[\\`[\]|]/g,"\\$&").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\r?\n/g," ")}function m(n){let e=Math.max(0,...[...n.matchAll(/`+/g)].map(c=>c[0].length)),t="`".repeat(e+1),r=e>0||n.startsWith(" ")?" ":"";return`${t}${r}${n.replace(/\r?\n/g," ")}${r}${t}`}function $(n){let e=Math.max(0,...[...n.matchAll(/`{3,}|~{3,}/g)].map(r=>r[0].length)),t="`".repeat(Math.max(3,e+1));return`${t}
${n.trim()}
${t}`}function d(n,e){return`${[`| ${n.map(s).join(" | ")} |`,`| ${n.map(()=>"---").join(" | ")} |`,...e.map(r=>`| ${r.map(s).join(" | ")} |`)].join(`
`)}
`}export{u as a,f as b,s as c,m as d,$ as e,d as f};
