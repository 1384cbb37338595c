


package command

import "fmt"

















