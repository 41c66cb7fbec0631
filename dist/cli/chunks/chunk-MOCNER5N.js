const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
var t=process.getBuiltinModule("node:net"),e=t;var o=t.createServer;export{e as a,o as b};
