


package getter

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
)






































