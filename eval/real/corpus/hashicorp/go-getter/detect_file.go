


package getter

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)



























































