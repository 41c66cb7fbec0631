const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-WFVYSR4O.js";import"./chunk-FC53CS6U.js";import"./chunk-JMHJCQAO.js";export default a();
