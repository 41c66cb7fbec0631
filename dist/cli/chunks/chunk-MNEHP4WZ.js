const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a as s,c as t,d as c,e as g,f as r,g as f,h as d}from"./chunk-63TP2XZN.js";function o(){return process.env.GITHUB_ACTIONS==="true"}var u=()=>process.env.RUNNER_DEBUG==="1"||process.env.ROLLBACK_KIT_DEBUG==="1",l={debug:e=>{o()?c(e):u()&&process.stderr.write(`debug: ${e}
`)},info:e=>r(e),warning:e=>{o()?g(e):process.stderr.write(`warning: ${e}
`)}};function v(e){o()?t(e):(process.exitCode=1,process.stderr.write(`error: ${e}
`))}function b(e){e&&o()&&s(e)}function w(e,p){let n=process.env.GITHUB_ACTIONS==="true";n?f(e):r(`${e}:`);for(let i of p)r(n?i:`  ${i}`);n&&d()}export{l as a,v as b,b as c,w as d};
