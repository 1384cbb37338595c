


package getter

import (
	"compress/bzip2"
	"fmt"
	"os"
	"path/filepath"
)


































