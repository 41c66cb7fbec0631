import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as e,c as r}from"./chunk-536K3VYG.js";var q=r((u,i)=>{i.exports=e("node:tls")});var s=r((x,o)=>{o.exports=e("node:stream")});var t=r((a,p)=>{p.exports=e("node:perf_hooks")});export{q as a,s as b,t as c};
