


package version

import "fmt"













