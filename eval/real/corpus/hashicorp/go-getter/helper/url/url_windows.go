


package url

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
)































