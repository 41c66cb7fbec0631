import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a,b,c,d,e,f,g,i as h}from"./chunk-HFNWUCQU.js";import"./chunk-NULB4FC5.js";import"./chunk-Q6LQOXNX.js";import"./chunk-VK6DSX6I.js";import"./chunk-536K3VYG.js";h();export{a as createHash,b as createHmac,g as default,c as randomBytes,d as randomInt,e as randomUUID,f as timingSafeEqual};
