


package getter

import (
	"io"
	"os"
	"path/filepath"
)












































