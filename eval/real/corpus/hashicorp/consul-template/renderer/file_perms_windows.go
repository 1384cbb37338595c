





package renderer

import "os"






