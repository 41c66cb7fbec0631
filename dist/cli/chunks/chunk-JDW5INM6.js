const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
var o=process.getBuiltinModule("node:url");var t=o.fileURLToPath;export{t as a};
