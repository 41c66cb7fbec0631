const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
var e=process.getBuiltinModule("node:child_process");var o=e.spawn;export{o as a};
