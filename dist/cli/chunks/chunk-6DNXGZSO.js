const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
var e=process.getBuiltinModule("node:path");var o=e.basename;var t=e.dirname;var s=e.isAbsolute,n=e.join;var r=e.resolve;export{o as a,t as b,s as c,n as d,r as e};
