


package signals

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall"
)































