


package getter

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)









































