import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a}from"./chunk-642OARTO.js";import"./chunk-NULB4FC5.js";import"./chunk-536K3VYG.js";export default a();
