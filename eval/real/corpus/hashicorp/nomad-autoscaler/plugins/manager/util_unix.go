




package manager

import "os"





