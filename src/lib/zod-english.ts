// zod/mini starts without messages; this sets English ones (3 KB) instead of loading zod's
// full build with every locale (750 KB) that `zod` itself brings. Import it for its effect.
import {config} from 'zod/mini'
import en from 'zod/v4/locales/en.js'

config({...en(), jitless: true})
