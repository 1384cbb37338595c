


package file

import (
	"fmt"
	"io"
	"os"
	"strings"

	"path/filepath"
)























































