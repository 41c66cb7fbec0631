const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-MXTYVBWM.js";import"./chunk-WGTUCNT5.js";export{b as checkBypass,a as getProxyUrl};
