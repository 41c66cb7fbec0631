const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b,c,d,e,f,g,i as h}from"./chunk-6VTMAOCL.js";import"./chunk-ELIT7AOL.js";h();export{a as createHash,b as createHmac,g as default,c as randomBytes,d as randomInt,e as randomUUID,f as timingSafeEqual};
