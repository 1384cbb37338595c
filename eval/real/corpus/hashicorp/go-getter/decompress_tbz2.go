


package getter

import (
	"compress/bzip2"
	"os"
	"path/filepath"
)






































