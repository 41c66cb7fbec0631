const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-C6BZYEDG.js";import"./chunk-7L2VGD67.js";export{b as checkBypass,a as getProxyUrl};
