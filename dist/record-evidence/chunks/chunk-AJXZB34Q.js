const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{h as i,j as s,k as t,l as c,m as g}from"./chunk-ITCYZMFT.js";import{y as o,z as n}from"./chunk-4JWHVBSG.js";n();function r(){return process.env.GITHUB_ACTIONS==="true"}var f=()=>process.env.RUNNER_DEBUG==="1"||process.env.ROLLBACK_KIT_DEBUG==="1",l={debug:e=>{r()?t(e):f()&&o.write(`debug: ${e}
`)},info:e=>g(e),warning:e=>{r()?c(e):o.write(`warning: ${e}
`)}};function v(e){r()?s(e):(process.exitCode=1,o.write(`error: ${e}
`))}function b(e){e&&r()&&i(e)}export{l as a,v as b,b as c};
