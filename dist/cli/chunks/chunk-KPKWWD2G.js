import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a as r,c as i}from"./chunk-536K3VYG.js";var o=i((p,e)=>{e.exports=r("node:net")});export{o as a};
