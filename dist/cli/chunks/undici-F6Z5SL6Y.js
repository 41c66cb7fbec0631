import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{b as a}from"./chunk-D62WPRTM.js";import"./chunk-HOQCEUBA.js";import"./chunk-7GUAG4GW.js";import"./chunk-CZOC2VKS.js";import"./chunk-EFBQFO72.js";import"./chunk-NULB4FC5.js";import"./chunk-V3WDSWA7.js";import"./chunk-VK6DSX6I.js";import"./chunk-536K3VYG.js";export default a();
