import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{b as i}from"./chunk-OSMIIZXB.js";import{a as p}from"./chunk-Q6LQOXNX.js";import{f as a}from"./chunk-536K3VYG.js";function g(n){for(let[e,t]of Object.entries(n))i(e,t)}var s=a(p(),1);async function f(n){let e=process.env.GITHUB_STEP_SUMMARY;return e?((0,s.appendFileSync)(e,n.endsWith(`
`)?n:`${n}
`,"utf8"),!0):!1}function o(n){return n===void 0||n===""?"":String(n).replace(/[\\`[\]|]/g,"\\$&").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\r?\n/g," ")}function m(n){let e=Math.max(0,...[...n.matchAll(/`+/g)].map(c=>c[0].length)),t="`".repeat(e+1),r=e>0||n.startsWith(" ")?" ":"";return`${t}${r}${n.replace(/\r?\n/g," ")}${r}${t}`}function $(n){let e=Math.max(0,...[...n.matchAll(/`{3,}|~{3,}/g)].map(r=>r[0].length)),t="`".repeat(Math.max(3,e+1));return`${t}
${n.trim()}
${t}`}function d(n,e){return`${[`| ${n.map(o).join(" | ")} |`,`| ${n.map(()=>"---").join(" | ")} |`,...e.map(r=>`| ${r.map(o).join(" | ")} |`)].join(`
`)}
`}export{g as a,f as b,o as c,m as d,$ as e,d as f};
