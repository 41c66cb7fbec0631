const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{h as o}from"./chunk-5XLGOFD6.js";import{i,w as a,z as t}from"./chunk-4JWHVBSG.js";t();function l(n){for(let[e,r]of Object.entries(n))o(e,r)}t();a();async function d(n){let e=process.env.GITHUB_STEP_SUMMARY;return e?(i(e,n.endsWith(`
`)?n:`${n}
`,"utf8"),!0):!1}function s(n){return n===void 0||n===""?"":String(n).replace(/[\\`[\]|]/g,"\\$&").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\r?\n/g," ")}function h(n,e){return`${[`| ${n.map(s).join(" | ")} |`,`| ${n.map(()=>"---").join(" | ")} |`,...e.map(c=>`| ${c.map(s).join(" | ")} |`)].join(`
`)}
`}export{l as a,d as b,h as c};
