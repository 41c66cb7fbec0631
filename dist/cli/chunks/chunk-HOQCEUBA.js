import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as e,c as r}from"./chunk-536K3VYG.js";var s=r((a,i)=>{i.exports=e("node:net")});var t=r((b,o)=>{o.exports=e("node:tls")});var u=r((c,p)=>{p.exports=e("node:stream")});var x=r((d,q)=>{q.exports=e("node:perf_hooks")});export{s as a,t as b,u as c,x as d};
