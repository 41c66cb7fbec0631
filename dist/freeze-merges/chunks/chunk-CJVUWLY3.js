import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{f as i,h as s,i as t,j as c,k as g}from"./chunk-VW4RABCV.js";import{j as o,k as n}from"./chunk-5DMED3QK.js";n();function r(){return process.env.GITHUB_ACTIONS==="true"}var f=()=>process.env.RUNNER_DEBUG==="1"||process.env.ROLLBACK_KIT_DEBUG==="1",l={debug:e=>{r()?t(e):f()&&o.write(`debug: ${e}
`)},info:e=>g(e),warning:e=>{r()?c(e):o.write(`warning: ${e}
`)}};function v(e){r()?s(e):(process.exitCode=1,o.write(`error: ${e}
`))}function b(e){e&&r()&&i(e)}export{l as a,v as b,b as c};
