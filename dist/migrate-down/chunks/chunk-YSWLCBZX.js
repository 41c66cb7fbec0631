const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{D as t}from"./chunk-ELIT7AOL.js";t();var e=process.getBuiltinModule("node:net"),r=e;var n=e.createServer;export{r as a,n as b};
