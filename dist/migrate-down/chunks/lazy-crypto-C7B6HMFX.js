import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a,b,c,d,e,f,g,i as h}from"./chunk-LDHQLOLS.js";import"./chunk-FO4SLWPV.js";import"./chunk-KQXP4XMT.js";h();export{a as createHash,b as createHmac,g as default,c as randomBytes,d as randomInt,e as randomUUID,f as timingSafeEqual};
