import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{n as o,p as n,q as i,r as s,s as t}from"./chunk-3RK7Q35T.js";function r(){return process.env.GITHUB_ACTIONS==="true"}var c=()=>process.env.RUNNER_DEBUG==="1"||process.env.ROLLBACK_KIT_DEBUG==="1",p={debug:e=>{r()?i(e):c()&&process.stderr.write(`debug: ${e}
`)},info:e=>t(e),warning:e=>{r()?s(e):process.stderr.write(`warning: ${e}
`)}};function u(e){r()?n(e):(process.exitCode=1,process.stderr.write(`error: ${e}
`))}function a(e){e&&r()&&o(e)}export{p as a,u as b,a as c};
