import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{g as i}from"./chunk-VW4RABCV.js";import{e as a,h as p,k as t}from"./chunk-5DMED3QK.js";t();function f(n){for(let[e,r]of Object.entries(n))i(e,r)}t();var s=a(p(),1);async function d(n){let e=process.env.GITHUB_STEP_SUMMARY;return e?((0,s.appendFileSync)(e,n.endsWith(`
`)?n:`${n}
`,"utf8"),!0):!1}function o(n){return n===void 0||n===""?"":String(n).replace(/[\\`[\]|]/g,"\\$&").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/\r?\n/g," ")}function h(n,e){return`${[`| ${n.map(o).join(" | ")} |`,`| ${n.map(()=>"---").join(" | ")} |`,...e.map(c=>`| ${c.map(o).join(" | ")} |`)].join(`
`)}
`}export{f as a,d as b,h as c};
