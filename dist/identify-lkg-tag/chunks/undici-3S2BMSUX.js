const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-VT2AI7ZN.js";import"./chunk-QLX5OMLB.js";import"./chunk-WGTUCNT5.js";export default a();
