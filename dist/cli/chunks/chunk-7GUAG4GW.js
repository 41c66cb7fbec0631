import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as e,c as r}from"./chunk-536K3VYG.js";var p=r((s,i)=>{i.exports=e("node:http")});var q=r((t,o)=>{o.exports=e("node:util")});export{p as a,q as b};
