const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{C as t}from"./chunk-UAWBDN3O.js";t();var e=process.getBuiltinModule("node:net"),r=e;var n=e.createServer;export{r as a,n as b};
