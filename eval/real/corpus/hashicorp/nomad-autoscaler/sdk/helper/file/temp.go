


package file

import "strings"








