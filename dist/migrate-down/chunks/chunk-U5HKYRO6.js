import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as i,c as o,l as e}from"./chunk-KQXP4XMT.js";var p=o((t,r)=>{e();r.exports=i("node:net")});export{p as a};
