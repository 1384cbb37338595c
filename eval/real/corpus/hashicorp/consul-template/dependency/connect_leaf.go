


package dependency

import (
	"fmt"
	"log"
	"net/url"

	"github.com/pkg/errors"
)

































































