

import { TextEncoder, TextDecoder } from 'util';



