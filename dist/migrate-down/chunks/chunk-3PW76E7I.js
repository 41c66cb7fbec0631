const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{D as o}from"./chunk-ELIT7AOL.js";o();var e=process.getBuiltinModule("node:path");var n=e.basename;var r=e.dirname;var a=e.isAbsolute,p=e.join;var c=e.resolve;export{n as a,r as b,a as c,p as d,c as e};
