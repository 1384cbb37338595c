


package error

import (
	"errors"
	"strings"

	multierror "github.com/hashicorp/go-multierror"
)












































