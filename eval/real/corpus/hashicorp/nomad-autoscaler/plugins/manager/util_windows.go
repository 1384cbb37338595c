




package manager

import (
	"os"
	"path/filepath"
)







