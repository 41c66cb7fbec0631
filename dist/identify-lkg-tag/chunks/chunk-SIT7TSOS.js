import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as e,c as r}from"./chunk-SJPKV7HI.js";var q=r((u,i)=>{i.exports=e("node:events")});var s=r((x,o)=>{o.exports=e("node:assert")});var t=r((a,p)=>{p.exports=e("node:string_decoder")});export{q as a,s as b,t as c};
