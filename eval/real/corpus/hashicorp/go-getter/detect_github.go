


package getter

import (
	"fmt"
	"net/url"
	"strings"
)








































